<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('conversations', function (Blueprint $t) {
            $t->id();
            $t->string('wa_id')->unique();
            $t->json('history')->nullable();
            $t->boolean('human_takeover')->default(false);
            $t->timestamp('takeover_at')->nullable();
            $t->timestamps();
        });
    }
};
