<?php

namespace App\Channels;

use Illuminate\Notifications\Notification;
use Illuminate\Support\Facades\Http;

class WhatsAppTemplateChannel
{
    public function send(object $notifiable, Notification $notification): void
    {
        $to = $notifiable->routeNotificationFor('whatsapp');
        if (! $to) {
            return;
        }
        $payload = $notification->toWhatsApp($notifiable);
        $cfg = config('whatsapp');

        Http::withToken($cfg['token'])
            ->post("https://graph.facebook.com/{$cfg['graph_version']}/{$cfg['phone_id']}/messages", [
                'messaging_product' => 'whatsapp',
                'to' => $to,
                'type' => 'template',
                'template' => $payload,
            ])->throw();
    }
}
