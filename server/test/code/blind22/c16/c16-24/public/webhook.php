<?php

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use GuzzleHttp\Client as Http;
use LvivNet\Gemini;
use LvivNet\Noc;
use LvivNet\Prompt;
use Twilio\Rest\Client as Twilio;
use Twilio\TwiML\MessagingResponse;

$from = $_POST['From'] ?? '';
$body = trim($_POST['Body'] ?? '');
$phone = preg_replace('/\D/', '', $from);

function billing_lookup(string $phone): ?array
{
    try {
        $r = (new Http(['timeout' => 5]))->get(getenv('BILLING_API') . '/subscribers', [
            'query'   => ['phone' => $phone],
            'headers' => ['Authorization' => 'Bearer ' . getenv('BILLING_TOKEN')],
        ]);
        $d = json_decode((string) $r->getBody(), true);
        return $d['items'][0] ?? null;
    } catch (\Throwable $e) {
        return null;
    }
}

$sessionFile = sys_get_temp_dir() . "/lvivnet_wa_{$phone}.json";
$history = is_file($sessionFile) ? json_decode(file_get_contents($sessionFile), true) : [];
$history[] = ['role' => 'user', 'text' => $body];
$history = array_slice($history, -10);

$abonent = billing_lookup($phone);
$answer = Gemini::ask(Prompt::system($abonent), $history);

$history[] = ['role' => 'assistant', 'text' => $answer];
file_put_contents($sessionFile, json_encode($history, JSON_UNESCAPED_UNICODE));

// якщо лінія лежить або абонент сердиться — кинути в NOC, хай бачать
if (($abonent['line_status'] ?? '') === 'down' || preg_match('/оператор|людин|скарг|жодного інтернету/iu', $body)) {
    Noc::alert("WA {$phone} (договір " . ($abonent['contract'] ?? '?') . "): {$body}");
}

$twiml = new MessagingResponse();
$twiml->message($answer);
header('Content-Type: text/xml');
echo $twiml;
