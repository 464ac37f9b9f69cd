<?php
require __DIR__ . '/../vendor/autoload.php';

use AskBot\Llm;
use Twilio\TwiML\MessagingResponse;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();
session_id(preg_replace('/\W/', '', $_POST['From'] ?? 'anon'));
session_start();

$body = trim($_POST['Body'] ?? '');
$_SESSION['h'] = array_slice(array_merge($_SESSION['h'] ?? [], [['role' => 'user', 'content' => $body]]), -10);
$answer = Llm::complete($_SESSION['h']);
$_SESSION['h'][] = ['role' => 'assistant', 'content' => $answer];

$resp = new MessagingResponse();
$resp->message(mb_substr($answer, 0, 1550));
header('Content-Type: text/xml');
echo $resp;
