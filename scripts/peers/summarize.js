// One-sentence summaries by the npm peers, for `salient-eval summaries --predictions`.
//
//   node scripts/peers/summarize.js PEER DATA.jsonl LANG OUT.jsonl
//
// PEER is ts-textrank or node-summarizer, resolved from NODE_PATH (the scratch directory
// that install.sh fills); LANG is the ISO 639-1 code of the texts (ts-textrank drops that
// language's stop words). Each line of OUT is {"id", "summary"}, one per line of DATA, in
// its order; a peer that fails on a document leaves an empty summary and a note on stderr.
"use strict";

const fs = require("fs");

const [peer, dataPath, language, outPath] = process.argv.slice(2);
if (!peer || !dataPath || !language || !outPath) {
  console.error("usage: summarize.js PEER DATA.jsonl LANG OUT.jsonl");
  process.exit(2);
}

function tsTextRank() {
  const textrank = require("ts-textrank");
  const config = new textrank.AbsoluteSummarizerConfig(
    1,
    new textrank.SorensenDiceSimilarity(),
    new textrank.DefaultTextParser(),
    0.85,
    textrank.Summarizer.SORT_SCORE,
  );
  const summarizer = new textrank.Summarizer(config, new textrank.NullLogger());
  return async (text) => summarizer.summarize(text, language).map(oneLine).join("\n");
}

function nodeSummarizer() {
  const { SummarizerManager } = require("node-summarizer");
  return async (text) => {
    const result = await new SummarizerManager(text, 1).getSummaryByRank();
    if (result.summary instanceof Error) {
      throw result.summary;
    }
    return oneLine(String(result.summary));
  };
}

// A sentence on one line: the scorer reads a summary's sentences one per line.
function oneLine(sentence) {
  return sentence.split(/\s+/).filter(Boolean).join(" ");
}

const peers = { "ts-textrank": tsTextRank, "node-summarizer": nodeSummarizer };

async function main() {
  if (!(peer in peers)) {
    throw new Error(`unknown peer ${peer}; known: ${Object.keys(peers).join(", ")}`);
  }
  const summarize = peers[peer]();
  const lines = fs.readFileSync(dataPath, "utf8").split("\n").filter((l) => l.trim());
  const out = [];
  let failures = 0;
  for (const line of lines) {
    const { id, text } = JSON.parse(line);
    let summary = "";
    try {
      summary = await summarize(text);
    } catch (error) {
      failures += 1;
      console.error(`${peer}: ${id}: ${error && error.message}`);
    }
    out.push(JSON.stringify({ id, summary: summary.trim() }));
  }
  fs.writeFileSync(outPath, out.join("\n") + "\n");
  console.error(`${peer}: ${lines.length} documents, ${failures} failed`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
