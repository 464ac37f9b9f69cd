<?php

namespace App\Http\Controllers;

use App\Jobs\AnswerWhatsAppMessage;
use Illuminate\Http\Request;

class WhatsAppWebhookController extends Controller
{
    public function verify(Request $request)
    {
        if ($request->query('hub_verify_token') === config('whatsapp.verify_token')) {
            return response($request->query('hub_challenge'));
        }
        return response('forbidden', 403);
    }

    public function receive(Request $request)
    {
        $message = $request->input('entry.0.changes.0.value.messages.0');
        //                                           ^^^^^^^^^^^^^^^ flow/no-human-path
        if ($message && ($message['type'] ?? '') === 'text') {
            AnswerWhatsAppMessage::dispatch($message['from'], $message['text']['body']);
        }
        return response()->json(['status' => 'ok']);
    }
}
