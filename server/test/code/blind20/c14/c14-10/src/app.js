require('dotenv').config();
const express = require('express');

const app = express();
app.use(express.json());
app.use('/webhook', require('./routes/webhook'));
app.get('/healthz', (_req, res) => res.send('ok'));

const port = process.env.PORT || 5000;
app.listen(port, () => console.log(`SwiftDrop bot listening on ${port}`));
