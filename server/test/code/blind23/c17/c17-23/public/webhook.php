<?php

require __DIR__ . '/../vendor/autoload.php';

use BotFabryka\Claude;
use BotFabryka\Prompt;
use Twilio\Rest\Client;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();

$tenantId = preg_replace('/[^a-z0-9_-]/', '', $_GET['tenant'] ?? '');
$tenantFile = __DIR__ . "/../config/tenants/{$tenantId}.php";
if ($tenantId === '' || !is_file($tenantFile)) {
    http_response_code(404);
    exit;
}
$tenant = require $tenantFile;

$from = $_POST['From'] ?? '';
$body = trim($_POST['Body'] ?? '');
header('Content-Type: text/xml');
echo '<Response></Response>';
if ($body === '') {
    exit;
}

$cacheFile = sys_get_temp_dir() . '/wa_' . md5($tenantId . $from) . '.json';
$history = is_file($cacheFile) ? json_decode(file_get_contents($cacheFile), true) : [];
$history[] = ['role' => 'user', 'content' => $body];

$answer = (new Claude($_ENV['ANTHROPIC_API_KEY']))->ask(Prompt::build($tenant), array_slice($history, -10));
$history[] = ['role' => 'assistant', 'content' => $answer];
file_put_contents($cacheFile, json_encode($history));

$twilio = new Client($_ENV['TWILIO_SID'], $_ENV['TWILIO_TOKEN']);
$twilio->messages->create($from, ['from' => $tenant['twilio_number'], 'body' => $answer]);
