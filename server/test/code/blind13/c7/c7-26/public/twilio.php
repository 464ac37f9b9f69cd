<?php

require __DIR__ . '/../vendor/autoload.php';
require __DIR__ . '/../lib/katalog.php';

use Twilio\TwiML\MessagingResponse;

$dari = $_POST['From'] ?? '';
$pesan = trim($_POST['Body'] ?? '');

$db = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'));
$sistem = file_get_contents(__DIR__ . '/../prompts/sistem.txt');
$katalog = cari_katalog($db, $pesan);
if ($katalog !== '') {
    $sistem .= "\n\nData katalog yang relevan:\n" . $katalog;
}

// riwayat 10 pesan terakhir
$st = $db->prepare('SELECT peran, isi FROM riwayat WHERE nomor = ? ORDER BY id DESC LIMIT 10');
$st->execute([$dari]);
$riwayat = array_reverse(array_map(fn ($r) => ['role' => $r['peran'], 'content' => $r['isi']], $st->fetchAll(PDO::FETCH_ASSOC)));

$client = OpenAI::client(getenv('OPENAI_API_KEY'));
$hasil = $client->chat()->create([
    'model' => 'gpt-4o-mini',
    'messages' => [
        ['role' => 'system', 'content' => $sistem],
        ...$riwayat,
        ['role' => 'user', 'content' => $pesan],
    ],
]);
$jawab = $hasil->choices[0]->message->content;

$ins = $db->prepare('INSERT INTO riwayat (nomor, peran, isi) VALUES (?, ?, ?), (?, ?, ?)');
$ins->execute([$dari, 'user', $pesan, $dari, 'assistant', $jawab]);

$twiml = new MessagingResponse();
$twiml->message($jawab);
header('Content-Type: text/xml');
echo $twiml;
