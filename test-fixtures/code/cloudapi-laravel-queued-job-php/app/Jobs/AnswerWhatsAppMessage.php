<?php

namespace App\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Http;
use OpenAI\Laravel\Facades\OpenAI;

class AnswerWhatsAppMessage implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    private const FALLBACK_PROMPT = 'Eres un asistente útil.';

    public function __construct(public string $from, public string $text)
    {
    }

    public function handle(): void
    {
        $result = OpenAI::chat()->create([
            'model' => config('whatsapp.model'),
            'messages' => [
                ['role' => 'system', 'content' => config('whatsapp.system_prompt', self::FALLBACK_PROMPT)],
                ['role' => 'user', 'content' => $this->text],
            ],
        ]);

        Http::withToken(config('whatsapp.token'))
            ->post('https://graph.facebook.com/v21.0/' . config('whatsapp.phone_number_id') . '/messages', [
                'messaging_product' => 'whatsapp',
                'to' => $this->from,
                'type' => 'text',
                'text' => ['body' => $result->choices[0]->message->content],
            ]);
    }
}
