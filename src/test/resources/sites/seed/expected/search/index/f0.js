verbatimSearch.fragment(0,
[
  [
    "../interviews/marina-ferrari/#t1",
    "“Mistral becomes a real option for OpenAI on Microsoft’s cloud”",
    "February 28, 2024",
    "La Tribune",
    "interviewer",
    "en",
    "Mistral rallied strongly last fall, with the full support of the French state, to overcome the hurdles of European AI Act regulation on key language models. However, the company was in the process of creating its own closed model, which it has just announced will be distributed by Microsoft. Was the state aware of the relationship between Mistral and Microsoft at the time?"
  ],
  [
    "../interviews/marina-ferrari/#t2",
    "“Mistral becomes a real option for OpenAI on Microsoft’s cloud”",
    "February 28, 2024",
    "Marina Ferrari",
    "interviewee",
    "en",
    "No, we were not aware of Mistral’s commercial negotiations with its partners, which are also subject to commercial confidentiality. The French state has taken its position on the AI Act not in relation to Mistral, but in defense of the general interest in relation to the state of development of AI in our country. That said, I think it’s great that a young French company can achieve such a great partnership with Microsoft. So we should be happy with this agreement. Thanks to the distribution power of Microsoft, one of the world leaders in cloud and enterprise software, Mistral becomes a real option for OpenAI on Microsoft’s cloud, Azure globally, which requires European tech."
  ],
  [
    "../interviews/marina-ferrari/#t3",
    "“Mistral becomes a real option for OpenAI on Microsoft’s cloud”",
    "February 28, 2024",
    "La Tribune",
    "interviewer",
    "en",
    "Isn’t it contradictory on Mistral’s part to establish itself as the French and sovereign alternative to Gapham in artificial intelligence, then hand over the exclusive distribution of its new model to Microsoft for the time being, and make room for the American? Its capital?"
  ],
  [
    "../interviews/marina-ferrari/#t4",
    "“Mistral becomes a real option for OpenAI on Microsoft’s cloud”",
    "February 28, 2024",
    "Marina Ferrari",
    "interviewee",
    "en",
    "Microsoft’s stake in Mistral is very small, even anecdotal 15 million euros. In addition, the distribution agreement with Microsoft is not exclusive, and we have no doubt that Mistral will be able to enter into agreements with other distributors, including European ones. On open source, Mistral has long said that is not its only strategy, and that it will need to address different markets with different solutions. Mistral faces a real challenge in the distribution of its products and has signed partnerships with IT integrators such as Capgemini or Artifact to use its open source solutions."
  ],
  [
    "../interviews/marina-ferrari/#t5",
    "“Mistral becomes a real option for OpenAI on Microsoft’s cloud”",
    "February 28, 2024",
    "La Tribune",
    "interviewer",
    "en",
    "What about European sovereignty in AI? Mistral was raised as a symbol of Europe’s ability to build AI giants independent of Gafam, but integrated into the Microsoft ecosystem…"
  ],
  [
    "../interviews/marina-ferrari/#t6",
    "“Mistral becomes a real option for OpenAI on Microsoft’s cloud”",
    "February 28, 2024",
    "Marina Ferrari",
    "interviewee",
    "en",
    "Once again, we should be glad that a Frenchman manages to break the Microsoft/OpenAI duel in generative artificial intelligence. This strengthens European sovereignty as the market will have access to French solutions of the best quality. In addition, it is very important that large language models are integrated European Languages and Cultures. This is a strong added value for Mistral, and is essential for European businesses and citizens."
  ]
]);
