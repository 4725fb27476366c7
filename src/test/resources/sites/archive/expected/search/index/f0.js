verbatimSearch.fragment(0,
[
  [
    "../interviews/tomas-varga/#t1",
    "“Forty flats on the quay, let at cost”",
    "April 5, 2024",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "Who will live in the cooperative’s flats?"
  ],
  [
    "../interviews/tomas-varga/#t2",
    "“Forty flats on the quay, let at cost”",
    "April 5, 2024",
    "Tomás Varga",
    "interviewee",
    "en",
    "People who work in the port: the processing shifts, the shipyard, the crews. As the cooperative’s manager said, seasonal workers cannot find a room."
  ],
  [
    "../interviews/tomas-varga/#t3",
    "“Forty flats on the quay, let at cost”",
    "April 5, 2024",
    "Tomás Varga",
    "interviewee",
    "en",
    "The welders come first, because their contracts run longest."
  ],
  [
    "../interviews/tomas-varga/#t4",
    "“Forty flats on the quay, let at cost”",
    "April 5, 2024",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "And the rent?"
  ],
  [
    "../interviews/tomas-varga/#t5",
    "“Forty flats on the quay, let at cost”",
    "April 5, 2024",
    "Tomás Varga",
    "interviewee",
    "en",
    "At cost: the loan, the upkeep and nothing else. That is about half of what second homes fetch in summer."
  ],
  [
    "../interviews/tomas-varga/#t6",
    "“Forty flats on the quay, let at cost”",
    "April 5, 2024",
    "Tomás Varga",
    "interviewee",
    "en",
    "The first tenants move in next year."
  ],
  [
    "../interviews/ines-moreau-one-year-on/#t1",
    "“The quay is new, and the boats have come back”",
    "January 12, 2024",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "Are the works on the east quay finished?"
  ],
  [
    "../interviews/ines-moreau-one-year-on/#t2",
    "“The quay is new, and the boats have come back”",
    "January 12, 2024",
    "Inès Moreau",
    "interviewee",
    "en",
    "Nearly. The cranes are in place three 120-tonne cranes and the turbines leave from here in the spring."
  ],
  [
    "../interviews/ines-moreau-one-year-on/#t3",
    "“The quay is new, and the boats have come back”",
    "January 12, 2024",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "And the fishermen?"
  ],
  [
    "../interviews/ines-moreau-one-year-on/#t4",
    "“The quay is new, and the boats have come back”",
    "January 12, 2024",
    "Inès Moreau",
    "interviewee",
    "en",
    "They are back on the west quay, which is deeper than before. Nobody had to leave the port."
  ],
  [
    "../interviews/ines-moreau-un-an-apres/#t1",
    "« Le quai est neuf, les bateaux sont revenus »",
    "11 janvier 2024",
    "Le Courrier de Kerlan",
    "interviewer",
    "fr",
    "Les travaux du quai est sont-ils terminés ?"
  ],
  [
    "../interviews/ines-moreau-un-an-apres/#t2",
    "« Le quai est neuf, les bateaux sont revenus »",
    "11 janvier 2024",
    "Inès Moreau",
    "interviewee",
    "fr",
    "Presque. Les grues sont installées trois grues de 120 tonnes et les éoliennes partent d’ici au printemps."
  ],
  [
    "../interviews/ines-moreau-un-an-apres/#t3",
    "« Le quai est neuf, les bateaux sont revenus »",
    "11 janvier 2024",
    "Le Courrier de Kerlan",
    "interviewer",
    "fr",
    "Et les pêcheurs ?"
  ],
  [
    "../interviews/ines-moreau-un-an-apres/#t4",
    "« Le quai est neuf, les bateaux sont revenus »",
    "11 janvier 2024",
    "Inès Moreau",
    "interviewee",
    "fr",
    "Ils ont retrouvé le quai ouest, plus profond qu’avant. Personne n’a dû quitter le port."
  ],
  [
    "../interviews/li-na/#t1",
    "“We sell the morning’s catch before noon”",
    "September 20, 2023",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "How much of the catch do you process here?"
  ],
  [
    "../interviews/li-na/#t2",
    "“We sell the morning’s catch before noon”",
    "September 20, 2023",
    "李娜",
    "interviewee",
    "en",
    "Nearly all of it. The fishing boats land at five, and by noon the boxes are on lorries to the airport."
  ],
  [
    "../interviews/li-na/#t3",
    "“We sell the morning’s catch before noon”",
    "September 20, 2023",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "Who works those shifts?"
  ],
  [
    "../interviews/li-na/#t4",
    "“We sell the morning’s catch before noon”",
    "September 20, 2023",
    "李娜",
    "interviewee",
    "en",
    "Forty people, a third of them seasonal. In summer we can hardly house them: the second homes are full and rents double."
  ],
  [
    "../interviews/li-na/#t5",
    "“We sell the morning’s catch before noon”",
    "September 20, 2023",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "Will the wind farm change your trade?"
  ],
  [
    "../interviews/li-na/#t6",
    "“We sell the morning’s catch before noon”",
    "September 20, 2023",
    "李娜",
    "interviewee",
    "en",
    "The boats will fish around the turbines, not instead of them. I worry more about the quay than the sea."
  ],
  [
    "../interviews/pavel-sokolov/#t1",
    "“A foundation is four hundred tonnes of steel, welded by hand”",
    "June 2, 2023",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "Your shipyard builds the foundations for the wind farm. What does a welder do on one?"
  ],
  [
    "../interviews/pavel-sokolov/#t2",
    "“A foundation is four hundred tonnes of steel, welded by hand”",
    "June 2, 2023",
    "Павел Соколов",
    "interviewee",
    "en",
    "He welds for eleven weeks. A foundation is four hundred tonnes of steel, and every seam is checked twice. the legs are rolled in the yard, the braces come from a plant inland, the deck is fitted last."
  ],
  [
    "../interviews/pavel-sokolov/#t3",
    "“A foundation is four hundred tonnes of steel, welded by hand”",
    "June 2, 2023",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "The harbour is changing around you."
  ],
  [
    "../interviews/pavel-sokolov/#t4",
    "“A foundation is four hundred tonnes of steel, welded by hand”",
    "June 2, 2023",
    "Павел Соколов",
    "interviewee",
    "en",
    "Yes. As the harbour master explained, the east quay closes in April. We will launch from there, so we need it as much as the fishermen do."
  ],
  [
    "../interviews/pavel-sokolov/#t5",
    "“A foundation is four hundred tonnes of steel, welded by hand”",
    "June 2, 2023",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "Where do your welders live?"
  ],
  [
    "../interviews/pavel-sokolov/#t6",
    "“A foundation is four hundred tonnes of steel, welded by hand”",
    "June 2, 2023",
    "Павел Соколов",
    "interviewee",
    "en",
    "Many drive forty minutes, because the rents in town are too high for a first contract."
  ],
  [
    "../interviews/ines-moreau/#t1",
    "“The harbour has to make room for the turbines without losing its boats”",
    "March 14, 2023",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "What changes on the quays this spring?"
  ],
  [
    "../interviews/ines-moreau/#t2",
    "“The harbour has to make room for the turbines without losing its boats”",
    "March 14, 2023",
    "Inès Moreau",
    "interviewee",
    "en",
    "The east quay closes in April on 3 April so that it can be strengthened for the turbine foundations. The fishing boats move to the west basin, which we dredged last winter."
  ],
  [
    "../interviews/ines-moreau/#t3",
    "“The harbour has to make room for the turbines without losing its boats”",
    "March 14, 2023",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "For how long?"
  ],
  [
    "../interviews/ines-moreau/#t4",
    "“The harbour has to make room for the turbines without losing its boats”",
    "March 14, 2023",
    "Inès Moreau",
    "interviewee",
    "en",
    "Eighteen months, if the weather lets the crews work. The cranes arrive in pieces; their engine housing alone fills a barge."
  ],
  [
    "../interviews/ines-moreau/#t5",
    "“The harbour has to make room for the turbines without losing its boats”",
    "March 14, 2023",
    "Inès Moreau",
    "interviewee",
    "en",
    "After that the east quay is shared: cranes on one side, the fish market on the other. The developer pays for the new fenders too."
  ],
  [
    "../interviews/ines-moreau/#t6",
    "“The harbour has to make room for the turbines without losing its boats”",
    "March 14, 2023",
    "The Kerlan Courier",
    "interviewer",
    "en",
    "Are the fishermen convinced?"
  ]
]);
