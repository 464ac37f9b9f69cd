<?php

require __DIR__ . '/../vendor/autoload.php';

use LaNonna\Llm;
use Twilio\TwiML\MessagingResponse;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();

$from = $_POST['From'] ?? '';
$body = trim($_POST['Body'] ?? '');

$dir = sys_get_temp_dir() . '/lanonna';
@mkdir($dir);
$file = $dir . '/' . md5($from) . '.json';
$history = is_file($file) ? json_decode(file_get_contents($file), true) : [];
$history[] = ['role' => 'user', 'content' => $body];

$answer = (new Llm())->reply(array_slice($history, -16));
$history[] = ['role' => 'assistant', 'content' => $answer];
file_put_contents($file, json_encode($history));

$tw = new MessagingResponse();
$tw->message($answer);
header('Content-Type: text/xml');
echo $tw;
