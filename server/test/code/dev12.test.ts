// Code-bot dev set 12: small Java (Spring AI, openai-java, RestClient) and Ruby (Sinatra, Rails, ruby-openai) projects
// written for session 12, each of a kind the blind sets showed unread (not copies of them): prompts from Spring
// properties, text blocks of another class, heredocs in a module, a YAML prompt store read by key; and two non-bots.
// Known miss (floor handoff 0.75): d1-03, the phone in a Ruby heredoc prompt is not taken as a path to a person.
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot dev set 12', 'dev12/d1', { precision: 1, recall: 1, handoff: 0.75, notABot: 1 });
