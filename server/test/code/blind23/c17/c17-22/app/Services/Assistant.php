<?php

namespace App\Services;

use Illuminate\Support\Facades\DB;
use OpenAI\Laravel\Facades\OpenAI;

class Assistant
{
    public function reply(string $waId, string $text): string
    {
        $settings = DB::table('bot_settings')->pluck('value', 'key');
        $secteur = DB::table('leads')->where('wa_id', $waId)->value('secteur') ?? 'maarif';
        $agent = $settings["agent_{$secteur}"] ?? $settings['agent_maarif'];

        $biens = DB::table('biens')->where('disponible', true)->limit(25)->get()
            ->map(fn ($b) => "#{$b->ref} {$b->type} {$b->quartier}, {$b->chambres} ch., {$b->prix} MAD")
            ->implode("\n");

        $system = str_replace('{agent}', $agent, $settings['system_prompt']) . "\n\nBiens disponibles :\n" . $biens;

        $history = DB::table('messages')->where('wa_id', $waId)->latest('id')->limit(10)->get()->reverse()
            ->map(fn ($m) => ['role' => $m->role, 'content' => $m->content])->values()->all();

        $response = OpenAI::chat()->create([
            'model' => 'gpt-4o-mini',
            'messages' => array_merge(
                [['role' => 'system', 'content' => $system]],
                $history,
                [['role' => 'user', 'content' => $text]],
            ),
        ]);

        return $response->choices[0]->message->content ?? '';
    }
}
