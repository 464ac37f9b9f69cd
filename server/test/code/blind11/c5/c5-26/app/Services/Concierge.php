<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;
use OpenAI\Laravel\Facades\OpenAI;

class Concierge
{
    public function reply(string $waId, string $text): string
    {
        $history = Cache::get("chat:$waId", []);
        $history[] = ['role' => 'user', 'content' => $text];

        $result = OpenAI::chat()->create([
            'model' => config('concierge.model'),
            'messages' => array_merge(
                [['role' => 'system', 'content' => config('concierge.system_prompt')]],
                array_slice($history, -14)
            ),
        ]);

        $answer = $result->choices[0]->message->content;
        $history[] = ['role' => 'assistant', 'content' => $answer];
        Cache::put("chat:$waId", array_slice($history, -14), now()->addHours(12));

        return $answer;
    }
}
