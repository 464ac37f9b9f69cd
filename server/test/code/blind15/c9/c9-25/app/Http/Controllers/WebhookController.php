<?php

namespace App\Http\Controllers;

use App\Models\Conversation;
use App\Services\WhatsApp;
use Illuminate\Http\Request;
use Illuminate\Support\Str;
use OpenAI\Laravel\Facades\OpenAI;

class WebhookController extends Controller
{
    public function verify(Request $r)
    {
        abort_unless($r->query('hub_verify_token') === env('WHATSAPP_VERIFY_TOKEN'), 403);
        return response($r->query('hub_challenge'));
    }

    public function handle(Request $r, WhatsApp $wa)
    {
        $msg = data_get($r->all(), 'entry.0.changes.0.value.messages.0');
        if (! $msg || $msg['type'] !== 'text') {
            return response('ok');
        }
        $waId = $msg['from'];
        $text = trim($msg['text']['body']);
        $conv = Conversation::firstOrCreate(['wa_id' => $waId], ['history' => []]);

        if ($conv->human_takeover) {
            return response('ok'); // an agent is answering from the Business inbox
        }

        if (Str::contains(Str::lower($text), config('assistant.handoff.keywords'))) {
            $conv->update(['human_takeover' => true, 'takeover_at' => now()]);
            foreach (config('assistant.handoff.agent_numbers') as $agent) {
                $wa->text($agent, "Client +{$waId} demande un conseiller : « {$text} »");
            }
            $wa->text($waId, 'Je vous mets en relation avec un conseiller Atlas Mobile, il vous répond ici même (lun–sam 9h–20h).');
            return response('ok');
        }

        $history = array_slice($conv->history ?? [], -12);
        $history[] = ['role' => 'user', 'content' => $text];

        $res = OpenAI::chat()->create([
            'model' => config('assistant.model'),
            'messages' => array_merge([['role' => 'system', 'content' => config('assistant.system_prompt')]], $history),
        ]);
        $answer = $res->choices[0]->message->content;
        $history[] = ['role' => 'assistant', 'content' => $answer];
        $conv->update(['history' => $history]);

        $wa->text($waId, $answer);
        return response('ok');
    }
}
