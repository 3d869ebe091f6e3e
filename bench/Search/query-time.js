// Search index size and query time, measured on a built site with Node (the same script the
// browser runs). Usage, from the repository root, after building:
//   node bench/Search/query-time.js [output]
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const vm = require("vm");

const output = process.argv[2] || "output";
const read = (p) => fs.readFileSync(path.join(output, p), "utf8");
const context = { window: {} };
context.window = context;
vm.createContext(context);
for (const file of ["assets/search/stemmer.js", "assets/search-index.js", "assets/search.js"])
  vm.runInContext(read(file), context, { filename: file });
const KS = context.KnowledgeSearch;

const indexBytes = Buffer.byteLength(read("assets/search-index.js"));
const gzipBytes = zlib.gzipSync(read("assets/search-index.js")).length;
const queries = ["kompresi", "untung", "optimal", "MMLU", "harga kubis", "sumber tertutup", "open source", "mod", "k", "survival of the fittest"];
const runs = 200;

console.log(`| index | documents | keys | size | gzip |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
console.log(`| ${path.join(output, "assets/search-index.js")} | ${KS.index.docs.length} | ${KS.index.keys.length} | ${(indexBytes / 1024).toFixed(1)} KiB | ${(gzipBytes / 1024).toFixed(1)} KiB |`);
console.log();
console.log(`| query | results | median (ms) | p95 (ms) |`);
console.log(`| --- | ---: | ---: | ---: |`);
for (const q of queries) {
  const times = [];
  let results = 0;
  for (let i = 0; i < runs + 10; i++) {
    const start = process.hrtime.bigint();
    results = KS.search(q, 50).length;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i >= 10) times.push(ms);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${q} | ${results} | ${times[Math.floor(runs / 2)].toFixed(3)} | ${times[Math.floor(runs * 0.95)].toFixed(3)} |`);
}
