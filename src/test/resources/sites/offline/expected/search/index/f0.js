verbatimSearch.fragment(0,
[
  [
    "../interviews/jonas-berg/index.html#t1",
    "“A loop is a small thing to build”",
    "February 8, 2024",
    "Valley Radio",
    "interviewer",
    "en",
    "Last week a listener asked for a passing loop. Is it realistic?"
  ],
  [
    "../interviews/jonas-berg/index.html#t2",
    "“A loop is a small thing to build”",
    "February 8, 2024",
    "Jonas Berg",
    "interviewee",
    "en",
    "It is a small thing to build: two sets of points and four hundred metres of track. The trains would cross there at half past seven."
  ],
  [
    "../interviews/maren-holt/index.html#t1",
    "The last train leaves at six",
    "February 1, 2024",
    "Valley Radio",
    "interviewer",
    "en",
    "Why does the last train leave so early?"
  ],
  [
    "../interviews/maren-holt/index.html#t2",
    "The last train leaves at six",
    "February 1, 2024",
    "Maren Holt",
    "interviewee",
    "en",
    "Because the line is single-track and the freight runs at night."
  ],
  [
    "../interviews/maren-holt/index.html#t3",
    "The last train leaves at six",
    "February 1, 2024",
    "Valley Radio",
    "interviewer",
    "en",
    "Could a passing loop help?"
  ],
  [
    "../interviews/maren-holt/index.html#t4",
    "The last train leaves at six",
    "February 1, 2024",
    "Maren Holt",
    "interviewee",
    "en",
    "One loop at the halfway station would allow an evening service. Hear what the signaller said about it."
  ]
]);
