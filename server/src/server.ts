// Must stay the first import: it changes how V8 allocates before the heavy modules load.
import './lsp/heapTuning';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { register } from './lsp/register';
import { loadCodeParsers } from './formats/code';

// Transport (--stdio, --node-ipc, --socket) is chosen by vscode-languageserver from argv.
const connection = createConnection(ProposedFeatures.all);
register(connection);
// Code files are recognised once the tree-sitter grammars (wasm, from dist/) are loaded.
void loadCodeParsers()
  .catch((e: Error) => process.stderr.write(`wa-policy: code files will not be checked: ${e.message}\n`))
  .finally(() => connection.listen());
