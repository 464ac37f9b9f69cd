<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;
use OpenAI\Laravel\Facades\OpenAI;

class SiparisAsistani
{
    public function cevapla(string $telefon, string $mesaj): array
    {
        $gecmis = Cache::get("sohbet:$telefon", []);
        $gecmis[] = ['role' => 'user', 'content' => $mesaj];

        $yanit = OpenAI::chat()->create([
            'model' => config('chatbot.model'),
            'messages' => array_merge(
                [['role' => 'system', 'content' => config('chatbot.system_prompt')]],
                array_slice($gecmis, -10)
            ),
        ]);
        $metin = trim($yanit->choices[0]->message->content ?? '');
        $devret = str_contains($metin, config('chatbot.handoff.token'));

        if (! $devret) {
            $gecmis[] = ['role' => 'assistant', 'content' => $metin];
            Cache::put("sohbet:$telefon", $gecmis, now()->addHours(12));
        }

        return ['metin' => $metin, 'devret' => $devret];
    }
}
