<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use OpenAI\Laravel\Facades\OpenAI;

class WebhookController extends Controller
{
    public function verify(Request $request)
    {
        if ($request->query('hub_verify_token') === config('services.whatsapp.verify_token')) {
            return response($request->query('hub_challenge'));
        }
        return response('Forbidden', 403);
    }

    public function receive(Request $request)
    {
        $message = $request->input('entry.0.changes.0.value.messages.0');
        //                                           ^^^^ flow/no-human-path
        if (!$message || ($message['type'] ?? '') !== 'text') {
            return response()->json(['status' => 'ignored']);
        }

        $result = OpenAI::chat()->create([
        //        ^^^^ flow/open-domain-llm
            'model' => 'gpt-4o-mini',
            'messages' => [
                ['role' => 'user', 'content' => $message['text']['body']],
            ],
        ]);

        Http::withToken(config('services.whatsapp.token'))
            ->post('https://graph.facebook.com/v20.0/' . config('services.whatsapp.phone_id') . '/messages', [
                'messaging_product' => 'whatsapp',
                'to' => $message['from'],
                'type' => 'text',
                'text' => ['body' => $result->choices[0]->message->content],
            ]);

        return response()->json(['status' => 'sent']);
    }
}
