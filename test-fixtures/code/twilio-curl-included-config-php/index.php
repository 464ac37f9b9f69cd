<?php
require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/modelo.php';

use Twilio\TwiML\MessagingResponse;

$ajustes = require __DIR__ . '/ajustes.php';
$texto = trim($_POST['Body'] ?? '');
//             ^^^^ flow/no-human-path

$respuesta = preguntar($ajustes, [['role' => 'user', 'content' => $texto]]);

$twiml = new MessagingResponse();
$twiml->message($respuesta);
header('Content-Type: text/xml');
echo $twiml;
