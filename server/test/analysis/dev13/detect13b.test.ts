// Dev cases of detect13b (session 13), open-domain precision: prompts whose scope the analysis misread as a grant or
// a leak, by kind, in 22 languages, each beside a case of the same shape that must stay open:
// - a one-line acknowledgement before steering back ("reply in one friendly sentence, then back to the booking":
//   oneLine.ts) versus "answer it fully, then steer back";
// - few-shot replies under speaker labels no lexicon names that decline with an "only" or a verb-final negation
//   (context.ts limitingLine) versus replies that write the poem or solve the homework (few-shots that teach a leak);
// - jailbreaks quoted in low-high quotation marks „…” and refused nearby (segment.ts);
// - a staff copilot section (Microsoft Teams, Slack, intranet) beside the WhatsApp section (channelWord);
// - a Japanese enumeration closed by a postposed negation after a long last item (negation.ts itemWords);
// - a refusal that a leak phrase skipped over in its gap ("관련 없는 요청은 정중히 거절하고, 도와드릴 수 있는 일을…").
// - an off-topic answer verb negated by its own suffix or prefix ("soruları yanıtlamıyorsun", "neodpovídáš": constructions.ts);
// - an "any" over a list kept under a negating key ("for anything listed in forbidden_topics", "οτιδήποτε ανήκει στο
//   out_of_scope": keyReference.ts), beside a grant next to a key that does not negate (allowed_topics);
// - a Hindi/Urdu enumeration closed by "mat" before the final verb ("… par jawab mat dijiye": negation.ts).
// - the classifier on a line that introduces quoted jailbreaks with a colon, or on a block of tags and a template slot
//   ("<documents>{{documents}}</documents>"): neither is an instruction (learned.ts);
// - an off-topic condition whose answer verb stands inside the quoted fixed reply ("sabihin: "… lang ang kaya kong
//   sagutin"": constructions.ts).
// Known misses: d13b-zh-01 ("不写作业、不写文章、不写代码": a bare 不 before a verb is no negation cue, since 不 also starts
// 不同, 不错, 不过); not this topic: d13b-pl-02 gets no handoff (the Polish transfer tool is not read).
import { blindSetFloors } from '../blindFloors';
import cases from './detect13b.json';

blindSetFloors('dev13 detect13b', cases, {
  default: { precision: 0.88, recall: 1, handoff: 0.96, notABot: 1 },
  include: { precision: 0.88, recall: 1, handoff: 0.96, notABot: 1 },
});
