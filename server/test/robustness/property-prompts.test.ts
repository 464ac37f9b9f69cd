import { formatProperties } from './formatProperty';

formatProperties(['system-prompt', 'prompt-yml', 'prompty', 'dotprompt', 'rasa', 'wa-policy-config', 'dify']);
