<?php
declare(strict_types=1);

use Teranga\{Claude, Prompt};
use Twilio\Rest\Client;
use Twilio\TwiML\MessagingResponse;

require __DIR__ . '/../vendor/autoload.php';
Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();

$cfg = require __DIR__ . '/../config/assistant.php';
$system = Prompt::build($cfg);

$from = $_POST['From'] ?? '';
$body = trim($_POST['Body'] ?? '');

session_id(preg_replace('/\D/', '', $from));
session_start();
$_SESSION['h'] = $_SESSION['h'] ?? [];
$_SESSION['h'][] = ['role' => 'user', 'content' => $body];
$_SESSION['h'] = array_slice($_SESSION['h'], -10);

$answer = Claude::ask($system, $_SESSION['h']);
$_SESSION['h'][] = ['role' => 'assistant', 'content' => $answer];

$resp = new MessagingResponse();
$resp->message($answer);
header('Content-Type: text/xml');
echo $resp;
