<?php

require __DIR__ . '/../vendor/autoload.php';

use Bot\Claude;
use Twilio\Rest\Client;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
$config = require __DIR__ . '/../config/services.php';

$from = $_POST['From'] ?? null;
$body = trim($_POST['Body'] ?? '');
if (!$from || $body === '') {
    http_response_code(204);
    exit;
}

$answer = (new Claude($config['anthropic']))->reply($config['bot']['system_prompt'], $body);

$twilio = new Client($_ENV['TWILIO_SID'], $_ENV['TWILIO_TOKEN']);
$twilio->messages->create($from, ['from' => $_ENV['TWILIO_WHATSAPP'], 'body' => $answer]);

http_response_code(204);
