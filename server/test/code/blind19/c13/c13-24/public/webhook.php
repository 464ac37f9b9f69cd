<?php

require __DIR__ . '/../vendor/autoload.php';

use GuzzleHttp\Client;
use Praxis\Bot;
use Praxis\LiveQueue;

$payload = json_decode(file_get_contents('php://input'), true);
$msg = $payload['entry'][0]['changes'][0]['value']['messages'][0] ?? null;
if ($msg && $msg['type'] === 'text') {
    $http = new Client(['timeout' => 10]);
    $bot = new Bot(new LiveQueue(new PDO($_ENV['DB_DSN'], $_ENV['DB_USER'] ?? 'praxis', $_ENV['DB_PASS'] ?? ''), $http), $http);
    $bot->handle($msg['from'], $msg['text']['body']);
}
http_response_code(200);
