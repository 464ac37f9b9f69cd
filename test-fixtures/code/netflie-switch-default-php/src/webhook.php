<?php

require __DIR__ . '/../vendor/autoload.php';

use Netflie\WhatsAppCloudApi\WebHook;
use Netflie\WhatsAppCloudApi\WhatsAppCloudApi;

$whatsapp = new WhatsAppCloudApi([
    'from_phone_number_id' => getenv('WA_PHONE_NUMBER_ID'),
    'access_token' => getenv('WA_TOKEN'),
]);
$openai = OpenAI::client(getenv('OPENAI_API_KEY'));

$payload = json_decode(file_get_contents('php://input'), true);
$message = $payload['entry'][0]['changes'][0]['value']['messages'][0] ?? null;
//                 ^^^^ flow/no-human-path
if (!$message || $message['type'] !== 'text') {
    exit;
}
$texto = mb_strtolower(trim($message['text']['body']));

switch ($texto) {
    case 'horario':
        $resposta = 'Abrimos todos os dias das 6h às 21h.';
        break;
    case 'cardapio':
        $resposta = 'Pão francês, pão de queijo, bolos caseiros e café coado.';
        break;
    default:
        $r = $openai->responses()->create([
        //   ^^^^ flow/open-domain-fallback
            'model' => 'gpt-4o-mini',
            'input' => $message['text']['body'],
        ]);
        $resposta = $r->outputText;
}

$whatsapp->sendTextMessage($message['from'], $resposta);
