<?php
require __DIR__ . '/config.php';
require __DIR__ . '/lib.php';

$girdi = json_decode(file_get_contents('php://input'), true);
http_response_code(200);

$mesaj = $girdi['entry'][0]['changes'][0]['value']['messages'][0] ?? null;
if (!$mesaj || ($mesaj['type'] ?? '') !== 'text') {
    exit;
}

$no = $mesaj['from'];
$metin = trim($mesaj['text']['body']);

if (mb_strtolower($metin) === '/sifirla') {
    gecmis_yaz($no, []);
    whatsapp_gonder($no, 'Sohbet geçmişi silindi ✅');
    exit;
}

$gecmis = gecmis_oku($no);
$gecmis[] = ['role' => 'user', 'content' => $metin];
$cevap = yapay_zeka($gecmis);
$gecmis[] = ['role' => 'assistant', 'content' => $cevap];
gecmis_yaz($no, $gecmis);
whatsapp_gonder($no, $cevap);
