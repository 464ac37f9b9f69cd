import express from "express";
import whatsapp from "./routes/whatsapp";

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use("/wa", whatsapp);
app.listen(process.env.PORT ?? 8080, () => console.log("concierge up"));
