<?php
require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/openai.php';

use Twilio\TwiML\MessagingResponse;

Dotenv\Dotenv::createImmutable(__DIR__)->safeLoad();
$cfg = require __DIR__ . '/config.php';

$from = $_POST['From'] ?? '';
$body = trim($_POST['Body'] ?? '');

$file = $cfg['history_dir'] . '/' . md5($from) . '.json';
$history = is_file($file) ? json_decode(file_get_contents($file), true) : [];

if (strtolower($body) === 'reset') {
    @unlink($file);
    $answer = 'Conversation cleared.';
} else {
    $history[] = ['role' => 'user', 'content' => $body];
    $answer = chat_completion($cfg, array_slice($history, -$cfg['max_history']));
    $history[] = ['role' => 'assistant', 'content' => $answer];
    @mkdir($cfg['history_dir'], 0775, true);
    file_put_contents($file, json_encode($history));
}

$resp = new MessagingResponse();
$resp->message(mb_substr($answer, 0, 1550));
header('Content-Type: text/xml');
echo $resp;
