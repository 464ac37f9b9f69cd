<?php

namespace LvivNet;

use GuzzleHttp\Client;

/** Сповіщення в службовий Telegram-канал чергових інженерів (тільки для персоналу). */
final class Noc
{
    public static function alert(string $text): void
    {
        $token = getenv('NOC_TG_BOT_TOKEN');
        if (!$token) {
            return;
        }
        (new Client(['timeout' => 5]))->post("https://api.telegram.org/bot{$token}/sendMessage", [
            'json' => ['chat_id' => getenv('NOC_TG_CHAT_ID'), 'text' => $text, 'disable_notification' => true],
        ]);
    }
}
