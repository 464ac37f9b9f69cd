<?php

namespace App\Http\Controllers;

use App\Services\WhatsAppClient;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use OpenAI\Laravel\Facades\OpenAI;

class WhatsAppWebhookController extends Controller
{
    public function verify(Request $request)
    {
        if ($request->query('hub_verify_token') === config('whatsapp.verify_token')) {
            return response($request->query('hub_challenge'));
        }
        abort(403);
    }

    public function receive(Request $request, WhatsAppClient $wa)
    {
        $msg = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        if (! $msg || ($msg['type'] ?? null) !== 'text') {
            return response()->json(['ok' => true]);
        }

        $key = 'wa_hist_' . $msg['from'];
        $history = Cache::get($key, []);
        $history[] = ['role' => 'user', 'content' => $msg['text']['body']];

        $result = OpenAI::chat()->create([
            'model' => config('whatsapp.model'),
            'messages' => array_merge(
                [['role' => 'system', 'content' => file_get_contents(config('whatsapp.prompt_path'))]],
                array_slice($history, -12)
            ),
        ]);
        $answer = $result->choices[0]->message->content;
        $history[] = ['role' => 'assistant', 'content' => $answer];
        Cache::put($key, $history, now()->addHours(6));

        $wa->sendText($msg['from'], $answer);
        return response()->json(['ok' => true]);
    }
}
