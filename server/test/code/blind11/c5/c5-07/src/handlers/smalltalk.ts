import { ChatOpenAI } from '@langchain/openai';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { StringOutputParser } from '@langchain/core/output_parsers';

// fallback for everything the router can't place
const fallbackPrompt = ChatPromptTemplate.fromMessages([
  ['system', `आप "मंडी दीदी" हैं — एक दोस्ताना और समझदार AI सहायक। यूज़र जो भी पूछे — पढ़ाई, खाना बनाने की रेसिपी, सेहत, टेक्नोलॉजी, या कोई भी सामान्य सवाल — उसका पूरा और सही जवाब दें। जवाब हिंदी या Hinglish में दें, जिस भाषा में यूज़र लिखे।`],
  ['human', '{message}'],
]);

export const smalltalk = fallbackPrompt
  .pipe(new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0.8 }))
  .pipe(new StringOutputParser());
