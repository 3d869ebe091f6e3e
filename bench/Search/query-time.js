// Search index layout, what each query loads and how long it takes, measured on a built site with
// Node running the same search.js the browser loads (a small index is all in the manifest).
// Usage, from the repository root, after building:
//   node bench/Search/query-time.js [output]
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const output = process.argv[2] || "output";
const folder = path.join(output, "assets/search-index");
// The last four find nothing as typed and are corrected: they also load the spelling list's pieces.
const queries = ["k", "mod", "kompresi", "untung", "optimal", "MMLU", "harga kubis", "sumber tertutup", "open source", "survival of the fittest",
  "keuntugan", "GPT4", "lama 2", "zzqxv"];
const runs = 200;

// A fresh copy of the site's search code whose index files are read from disk, each file once.
function searchCode() {
  const context = { window: {} };
  context.window = context;
  vm.createContext(context);
  for (const file of ["assets/search/stemmer.js", "assets/search.js"])
    vm.runInContext(fs.readFileSync(path.join(output, file), "utf8"), context, { filename: file });
  const loaded = [];
  context.KnowledgeSearch.loadScript = (src, done) => {
    const text = fs.readFileSync(path.join(output, src), "utf8");
    loaded.push(Buffer.byteLength(text));
    vm.runInContext(text, context, { filename: src });
    done();
  };
  return { KS: context.KnowledgeSearch, loaded };
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

async function main() {
  const files = fs.readdirSync(folder).map((name) => ({ name, bytes: fs.statSync(path.join(folder, name)).size }));
  console.log("| files | count | total | largest |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const kind of ["manifest", "terms", "prefix", "docs", "spell"]) {
    const group = files.filter((f) => f.name.split(/[-.]/)[0] === kind);
    const total = group.reduce((sum, f) => sum + f.bytes, 0);
    const largest = group.length ? `${kib(Math.max(...group.map((f) => f.bytes)))} KiB` : "–";
    console.log(`| ${kind} | ${group.length} | ${kib(total)} KiB | ${largest} |`);
  }
  console.log();
  console.log("| query | results | files loaded | KiB loaded | first search (ms) | median (ms) | p95 (ms) |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const q of queries) {
    const { KS, loaded } = searchCode();
    let start = process.hrtime.bigint();
    let results = (await KS.search(q, 8)).length;
    const first = Number(process.hrtime.bigint() - start) / 1e6;
    const times = [];
    for (let i = 0; i < runs + 10; i++) {
      start = process.hrtime.bigint();
      results = (await KS.search(q, 8)).length;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (i >= 10) times.push(ms);
    }
    times.sort((a, b) => a - b);
    const bytes = loaded.reduce((sum, b) => sum + b, 0);
    console.log(`| ${q} | ${results} | ${loaded.length} | ${kib(bytes)} | ${first.toFixed(1)} | ${times[Math.floor(runs / 2)].toFixed(3)} | ${times[Math.floor(runs * 0.95)].toFixed(3)} |`);
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
