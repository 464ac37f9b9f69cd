import nunjucks from 'nunjucks';
import path from 'node:path';

const env = nunjucks.configure(path.resolve('prompts'), { autoescape: false, trimBlocks: true });

export function sistema(ctx) {
  return env.render('sistema.njk', ctx);
}
