import express from "express";
import { ContextChatEngine, OpenAI, Settings, VectorStoreIndex, storageContextFromDefaults } from "llamaindex";
import { mesajGonder, temsilciyeAta } from "./wati.js";

Settings.llm = new OpenAI({ model: "gpt-4o-mini", temperature: 0.2 });

const SISTEM = `Sen Ev Mobilya'nın WhatsApp satış asistanısın. Sadece katalogdaki ürünler, fiyatlar, taksit seçenekleri,
teslimat ve kurulum hakkında bilgi verirsin. Katalogda olmayan bir ürün ya da fiyat uydurma; "bilmiyorum, satış
temsilcimize bağlayayım" de. Mobilya dışı sorulara kibarca cevap veremeyeceğini söyle.
Müşteri sipariş vermek, pazarlık yapmak, şikâyet etmek ya da bir kişiyle görüşmek isterse cevabının sonuna tam olarak
[TEMSILCI] yaz. Samimi ama resmi konuş, "siz" diye hitap et.`;

const storageContext = await storageContextFromDefaults({ persistDir: "./storage" });
const index = await VectorStoreIndex.init({ storageContext });
const retriever = index.asRetriever({ similarityTopK: 4 });

const app = express();
app.use(express.json());

app.post("/wati/webhook", async (req, res) => {
  res.sendStatus(200);
  const { waId, text, type, owner } = req.body as { waId: string; text: string; type: string; owner: boolean };
  if (owner || type !== "text") return;

  const engine = new ContextChatEngine({ retriever, systemPrompt: SISTEM });
  const yanit = await engine.chat({ message: text });
  let cevap = yanit.message.content.toString();

  if (cevap.includes("[TEMSILCI]")) {
    cevap = cevap.replace("[TEMSILCI]", "").trim() +
      "\n\nSizi satış temsilcimize aktardım, hafta içi 09:00–19:00 arası bu sohbetten dönüş yapacak. 🛋️";
    await temsilciyeAta(waId);
  }
  await mesajGonder(waId, cevap);
});

app.listen(Number(process.env.PORT ?? 3000));
