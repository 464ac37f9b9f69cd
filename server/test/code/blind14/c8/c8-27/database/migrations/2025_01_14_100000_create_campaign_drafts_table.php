<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('campaign_drafts', function (Blueprint $t) {
            $t->id();
            $t->text('brief');
            $t->string('template_name');
            $t->text('body');
            $t->string('button')->nullable();
            $t->text('reviewer_notes')->nullable();
            $t->string('status')->default('pending_review');
            $t->foreignId('approved_by')->nullable();
            $t->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('campaign_drafts');
    }
};
