<?php
// Twilio WhatsApp sandbox webhook: any question goes to the model, the answer comes back as TwiML.
require_once __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/ajustes.php';

use Twilio\TwiML\MessagingResponse;

$pergunta = $_POST['Body'] ?? '';
//          ^^^^ flow/no-human-path
$numero = $_POST['From'] ?? '';

$endpoint = "https://api.openai.com/v1/chat/completions";
$dados = array(
    "model" => MODELO,
    "messages" => array(
        array("role" => "system", "content" => PERSONA),
        array("role" => "user", "content" => $pergunta),
    ),
);

$ch = curl_init($endpoint);
//    ^^^^ flow/open-domain-llm
curl_setopt($ch, CURLOPT_POST, 1);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($dados));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_HTTPHEADER, array(
    'Content-Type: application/json',
    'Authorization: Bearer ' . getenv('OPENAI_API_KEY'),
));
$resposta = json_decode(curl_exec($ch), true);
curl_close($ch);

$twiml = new MessagingResponse();
$twiml->message($resposta['choices'][0]['message']['content'] ?? 'Tente de novo mais tarde.');
header('Content-Type: text/xml');
echo $twiml;
