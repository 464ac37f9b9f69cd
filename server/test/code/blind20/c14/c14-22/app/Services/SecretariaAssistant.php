<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;
use OpenAI\Laravel\Facades\OpenAI;

class SecretariaAssistant
{
    public function reply(string $waId, string $text): string
    {
        $key = "conversa:{$waId}";
        $history = Cache::get($key, []);
        $history[] = ['role' => 'user', 'content' => $text];

        $response = OpenAI::chat()->create([
            'model' => config('whatsapp.model'),
            'temperature' => 0.3,
            'messages' => array_merge(
                [['role' => 'system', 'content' => file_get_contents(config('whatsapp.prompt_path'))]],
                array_slice($history, -12),
            ),
        ]);

        $answer = trim($response->choices[0]->message->content ?? '');
        $history[] = ['role' => 'assistant', 'content' => $answer];
        Cache::put($key, $history, now()->addHours(12));

        return $answer !== '' ? $answer : 'Desculpe, não consegui responder agora. Pode tentar novamente?';
    }
}
