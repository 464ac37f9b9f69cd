<?php

require __DIR__ . '/../vendor/autoload.php';

use DarZitoun\Claude;
use DarZitoun\Pms;
use Twilio\Rest\Client as Twilio;
use Twilio\TwiML\MessagingResponse;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();

$from = $_POST['From'] ?? '';
$body = trim($_POST['Body'] ?? '');
header('Content-Type: text/xml');
echo new MessagingResponse();
if ($from === '' || $body === '') exit;

// historique par client (APCu, 24 h)
$key = 'hist:' . $from;
$messages = apcu_fetch($key) ?: [];
$messages[] = ['role' => 'user', 'content' => $body];

$claude = new Claude(file_get_contents(__DIR__ . '/../prompts/concierge.txt'));
$pms = new Pms();
$texte = '';

for ($i = 0; $i < 4; $i++) {
    $res = $claude->message(array_slice($messages, -16), Pms::TOOLS);
    $messages[] = ['role' => 'assistant', 'content' => $res['content']];
    if (($res['stop_reason'] ?? '') !== 'tool_use') {
        foreach ($res['content'] as $b) {
            if ($b['type'] === 'text') $texte .= $b['text'];
        }
        break;
    }
    $results = [];
    foreach ($res['content'] as $b) {
        if ($b['type'] === 'tool_use') {
            $out = $pms->run($b['name'], $b['input'], str_replace('whatsapp:', '', $from));
            $results[] = ['type' => 'tool_result', 'tool_use_id' => $b['id'], 'content' => json_encode($out)];
        }
    }
    $messages[] = ['role' => 'user', 'content' => $results];
}

apcu_store($key, $messages, 86400);

(new Twilio($_ENV['TWILIO_SID'], $_ENV['TWILIO_TOKEN']))->messages->create($from, [
    'from' => $_ENV['TWILIO_WHATSAPP'],
    'body' => $texte ?: "Désolée, un petit souci technique. Pouvez-vous réessayer ? Bslama 🌿",
]);
