<?php

function wa_send(string $to, string $text): void
{
    $ch = curl_init('https://graph.facebook.com/v20.0/' . $_ENV['WA_PHONE_ID'] . '/messages');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . $_ENV['WA_TOKEN'], 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode([
            'messaging_product' => 'whatsapp',
            'to' => $to,
            'type' => 'text',
            'text' => ['body' => $text],
        ]),
    ]);
    curl_exec($ch);
    curl_close($ch);
}
