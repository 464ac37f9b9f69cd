<?php

namespace App\Http\Controllers;

use App\Services\OrderLookup;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;
use Netflie\WhatsAppCloudApi\WhatsAppCloudApi;
use OpenAI\Laravel\Facades\OpenAI;

class WhatsAppWebhookController extends Controller
{
    public function verify(Request $request)
    {
        if ($request->query('hub_verify_token') === env('WHATSAPP_VERIFY_TOKEN')) {
            return response($request->query('hub_challenge'));
        }
        return response('forbidden', 403);
    }

    public function receive(Request $request, OrderLookup $orders)
    {
        $msg = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        if (! $msg || ($msg['type'] ?? null) !== 'text') {
            return response()->noContent();
        }

        $from = $msg['from'];
        $text = $msg['text']['body'];
        $key = "wa:hist:{$from}";
        $history = Cache::get($key, []);
        $history[] = ['role' => 'user', 'content' => $text];

        $messages = array_merge(
            [['role' => 'system', 'content' => config('whatsapp_bot.system_prompt')]],
            array_slice($history, -config('whatsapp_bot.history'))
        );

        $tools = [[
            'type' => 'function',
            'function' => [
                'name' => 'get_order',
                'description' => 'Sipariş numarasına göre sipariş durumunu getirir',
                'parameters' => [
                    'type' => 'object',
                    'properties' => ['order_no' => ['type' => 'string']],
                    'required' => ['order_no'],
                ],
            ],
        ]];

        $res = OpenAI::chat()->create(['model' => config('whatsapp_bot.model'), 'messages' => $messages, 'tools' => $tools]);
        $choice = $res->choices[0]->message;

        if (! empty($choice->toolCalls)) {
            $messages[] = $choice->toArray();
            foreach ($choice->toolCalls as $call) {
                $args = json_decode($call->function->arguments, true);
                $messages[] = [
                    'role' => 'tool',
                    'tool_call_id' => $call->id,
                    'content' => json_encode($orders->find($args['order_no'] ?? '') ?? ['error' => 'bulunamadı']),
                ];
            }
            $res = OpenAI::chat()->create(['model' => config('whatsapp_bot.model'), 'messages' => $messages]);
            $choice = $res->choices[0]->message;
        }

        $reply = $choice->content ?? 'Üzgünüz, şu an yanıt veremiyoruz.';
        $history[] = ['role' => 'assistant', 'content' => $reply];
        Cache::put($key, $history, now()->addHours(6));

        if (config('whatsapp_bot.handoff')) {
            Log::info('handoff enabled but no agent channel configured', ['from' => $from]);
        }

        $wa = new WhatsAppCloudApi([
            'from_phone_number_id' => env('WHATSAPP_PHONE_NUMBER_ID'),
            'access_token' => env('WHATSAPP_TOKEN'),
        ]);
        $wa->sendTextMessage($from, $reply);

        return response()->noContent();
    }
}
