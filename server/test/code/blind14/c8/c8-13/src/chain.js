import { ChatOpenAI } from "@langchain/openai";
import { ChatPromptTemplate, MessagesPlaceholder } from "@langchain/core/prompts";
import { HumanMessage, AIMessage } from "@langchain/core/messages";
import { ASISTAN_SISTEM } from "./prompts/asistan.js";

const model = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0.5 });

const prompt = ChatPromptTemplate.fromMessages([
  ["system", ASISTAN_SISTEM],
  new MessagesPlaceholder("gecmis"),
  ["human", "{mesaj}"],
]);

const chain = prompt.pipe(model);
const gecmisler = new Map();

export async function cevapla(numara, mesaj) {
  const gecmis = gecmisler.get(numara) ?? [];
  const sonuc = await chain.invoke({ gecmis, mesaj });
  gecmis.push(new HumanMessage(mesaj), new AIMessage(sonuc.content));
  gecmisler.set(numara, gecmis.slice(-12));
  return sonuc.content;
}
