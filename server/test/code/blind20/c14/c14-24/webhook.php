<?php
// UltraMsg webhook: Settings > Webhook URL = https://<host>/webhook.php  (webhook_message_received = on)

require __DIR__ . '/lib/ultramsg.php';
require __DIR__ . '/lib/gemini.php';

$event = json_decode(file_get_contents('php://input'), true);
if (($event['event_type'] ?? '') !== 'message_received') {
    exit('ok');
}
$data = $event['data'] ?? [];
if (!empty($data['fromMe']) || ($data['type'] ?? '') !== 'chat' || str_ends_with($data['from'] ?? '', '@g.us')) {
    exit('ok');
}

$from = $data['from'];
$text = trim($data['body'] ?? '');
$system = file_get_contents(__DIR__ . '/prompts/noor_urdu.txt');

$file = __DIR__ . '/storage/' . md5($from) . '.json';
$turns = is_file($file) ? json_decode(file_get_contents($file), true) : [];
$turns[] = ['role' => 'user', 'text' => $text];

$reply = gemini_reply($system, array_slice($turns, -12));
if ($reply === '') {
    $reply = 'معذرت، ابھی جواب نہیں دے پا رہی۔ تھوڑی دیر بعد دوبارہ لکھیے۔';
}
$turns[] = ['role' => 'model', 'text' => $reply];
file_put_contents($file, json_encode(array_slice($turns, -20), JSON_UNESCAPED_UNICODE));

ultramsg_send($from, $reply);
echo 'ok';
