verbatimSearch.manifest({
  "schemaVersion" : 1,
  "passages" : 33,
  "fragmentSize" : 32,
  "shards" : [
    "120"
  ]
});
