<?php

namespace App\Services;

use Illuminate\Support\Facades\Storage;
use OpenAI\Laravel\Facades\OpenAI;

class Asistente
{
    public function responder(array $historial): string
    {
        $paquetes = Storage::get('paquetes.md') ?? '';
        $mensajes = array_merge(
            [['role' => 'system', 'content' => config('chatbot.system_prompt') . "\n\nPAQUETES:\n" . $paquetes]],
            array_slice($historial, -10)
        );

        $res = OpenAI::chat()->create([
            'model' => config('chatbot.model'),
            'messages' => $mensajes,
            'temperature' => 0.3,
        ]);

        return trim($res->choices[0]->message->content ?? '');
    }
}
