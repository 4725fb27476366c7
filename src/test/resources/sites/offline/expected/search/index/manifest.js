verbatimSearch.manifest({
  "schemaVersion" : 1,
  "passages" : 6,
  "fragmentSize" : 32,
  "shards" : [
    "a"
  ]
});
