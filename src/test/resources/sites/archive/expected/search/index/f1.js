verbatimSearch.fragment(1,
[
  [
    "../interviews/ines-moreau/#t7",
    "“The harbour has to make room for the turbines without losing its boats”",
    "March 14, 2023",
    "Inès Moreau",
    "interviewee",
    "en",
    "Not all of them. Some fear the exclusion zones around the turbines. We meet every month, and the minutes are public."
  ]
]);
