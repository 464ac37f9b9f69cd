import { register } from './lsp/register';
import { createServerConnection } from './lsp/transport';

// Transport (--stdio or --node-ipc) is chosen from argv.
const { connection, gate } = createServerConnection();
register(connection, gate);
connection.listen();
