<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;
use OpenAI\Laravel\Facades\OpenAI;

class AssistantService
{
    public function systemPrompt(): string
    {
        $template = file_get_contents(resource_path('prompts/assistant.txt'));

        return strtr($template, [
            ':business_name' => config('chatbot.business_name'),
            ':services'      => config('chatbot.services'),
            ':support_phone' => config('chatbot.support_phone'),
            ':tone'          => config('chatbot.tone'),
        ]);
    }

    public function reply(string $waId, string $text): string
    {
        $key = "wa:history:{$waId}";
        $history = Cache::get($key, []);
        $history[] = ['role' => 'user', 'content' => $text];
        $history = array_slice($history, -config('chatbot.history'));

        $response = OpenAI::chat()->create([
            'model'    => config('chatbot.model'),
            'messages' => array_merge([['role' => 'system', 'content' => $this->systemPrompt()]], $history),
            'temperature' => 0.5,
        ]);

        $answer = trim($response->choices[0]->message->content ?? '');
        $history[] = ['role' => 'assistant', 'content' => $answer];
        Cache::put($key, $history, now()->addDays(2));

        return $answer;
    }
}
