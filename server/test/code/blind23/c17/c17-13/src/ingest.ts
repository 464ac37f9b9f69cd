import { Document, VectorStoreIndex, storageContextFromDefaults } from "llamaindex";
import { readFile } from "node:fs/promises";

const text = await readFile("data/katalog.md", "utf8");
const storageContext = await storageContextFromDefaults({ persistDir: "./storage" });
await VectorStoreIndex.fromDocuments([new Document({ text, id_: "katalog" })], { storageContext });
console.log("indeks hazır");
